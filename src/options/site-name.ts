/** "https://ecd.zorg.nl/*" as the worker knows it: ecd.zorg.nl. */
export function siteName(pattern: string): string {
  return pattern.replace(/^\w+:\/\//, '').replace(/\/\*$/, '');
}
