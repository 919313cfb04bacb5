// Agency references are compared without case, spaces or punctuation: "sc-104 233" finds "SC104233".
export const normaliseReference = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
