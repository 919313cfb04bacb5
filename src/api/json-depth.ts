// How deeply a JSON text nests objects and arrays, found without parsing it. Fastify's JSON parser checks every level
// for prototype poisoning by recursion, so a body nested thousands deep overflowed the stack into a 500 (found by the
// hostile-input tests, issue 8); no API body nests more than a few levels.
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting in `text`, counting only brackets outside strings; stops counting once past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}
