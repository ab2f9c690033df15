import { describe, expect, it } from 'vitest';
import { dayNumber, intervisionSeries, nextPrompt, PROMPT_SOURCES, promptForDay, REFLECTION_PROMPTS } from './reflection-prompts';

describe('reflection prompts', () => {
  it('are data with unique ids, from every source of METHOD.md', () => {
    expect(new Set(REFLECTION_PROMPTS.map((p) => p.id)).size).toBe(REFLECTION_PROMPTS.length);
    for (const source of PROMPT_SOURCES) expect(REFLECTION_PROMPTS.filter((p) => p.source === source).length).toBeGreaterThanOrEqual(3);
    for (const p of REFLECTION_PROMPTS) expect(p.tags[0]).toBe(p.source);
  });

  it('"vandaag" is the same all day and differs the next day', () => {
    const morning = new Date(2025, 2, 3, 7, 0);
    const night = new Date(2025, 2, 3, 23, 59);
    expect(promptForDay(morning).id).toBe(promptForDay(night).id);
    for (let d = 1; d < 60; d++) {
      expect(promptForDay(new Date(2025, 2, d)).id).not.toBe(promptForDay(new Date(2025, 2, d + 1)).id);
    }
  });

  it('comes round to every prompt within as many days as there are prompts', () => {
    const seen = new Set<string>();
    for (let d = 0; d < REFLECTION_PROMPTS.length; d++) seen.add(promptForDay(new Date(2025, 0, 1 + d)).id);
    expect(seen.size).toBe(REFLECTION_PROMPTS.length);
  });

  it('counts local calendar days across a daylight-saving change', () => {
    expect(dayNumber(new Date(2025, 2, 31)) - dayNumber(new Date(2025, 2, 29))).toBe(2);
  });

  it('"een andere vraag" gives another prompt, and all of them in turn', () => {
    let p = REFLECTION_PROMPTS[0]!;
    const seen = new Set([p.id]);
    for (let i = 1; i < REFLECTION_PROMPTS.length; i++) {
      p = nextPrompt(p);
      seen.add(p.id);
    }
    expect(seen.size).toBe(REFLECTION_PROMPTS.length);
  });

  it('a series for intervision: one prompt per source, deterministic per day', () => {
    const date = new Date(2025, 4, 12);
    const series = intervisionSeries(date);
    expect(series).toHaveLength(5);
    expect(new Set(series.map((p) => p.source)).size).toBe(5);
    expect(series[0]!.source).toBe('presentie');
    expect(intervisionSeries(new Date(2025, 4, 12, 20)).map((p) => p.id)).toEqual(series.map((p) => p.id));
    expect(intervisionSeries(new Date(2025, 4, 13)).map((p) => p.id)).not.toEqual(series.map((p) => p.id));
    expect(intervisionSeries(date, 3)).toHaveLength(3);
  });
});
