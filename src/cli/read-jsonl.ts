import type * as z from 'zod/mini';
import { displayName, UsageError } from './read-input';

interface JsonLine<T> {
  value: T;
  /** "file, regel N", for a message about this line. */
  where: string;
}

/**
 * Reads a batch file of JSON lines, each checked against `schema`. All or nothing: the first bad
 * line stops the run with a Dutch message that names the line and the field, before any output.
 */
export function readJsonLines<S extends z.ZodMiniType>(raw: string, file: string, schema: S): Array<JsonLine<z.infer<S>>> {
  const out: Array<JsonLine<z.infer<S>>> = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${displayName(file)}, regel ${i + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      throw new UsageError(`${where}: geen geldige JSON.`);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`${where}: veld "${issue?.path.join('.') || '?'}" klopt niet (${issue?.message}).`);
    }
    out.push({ value: parsed.data, where });
  });
  return out;
}
