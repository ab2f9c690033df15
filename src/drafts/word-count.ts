/**
 * Words as a worker counts them: runs of letters or digits; a dash or an apostrophe keeps a word
 * whole ("zo'n", "ex-collega"), and so does a time or a number ("14:30", "2,5").
 */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|(?<=\p{N})[:.,]\p{N}+)*/gu;

export function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
