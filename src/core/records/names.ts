// The name a person is shown by: their legal name, else the first recorded (an alias or nickname).
export function displayName(names: readonly { kind: string; given: string; family: string }[], missing = 'Person with no recorded name'): string {
  const n = names.find((x) => x.kind === 'legal') ?? names[0];
  return n ? `${n.given} ${n.family}`.trim() : missing;
}
