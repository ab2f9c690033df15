import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { toolPath } from './browsers';
import type { Rgba } from './png';

const run = promisify(execFile);

/**
 * A private X server (Xvfb) with xdotool: key presses and clicks that come from the operating
 * system, not from the page. Only those reach the browser's own shortcuts and toolbar, so only
 * they grant an extension activeTab; CDP's synthetic input never leaves the page.
 */
export interface VirtualDisplay {
  /** The value for $DISPLAY, e.g. ":3". */
  display: string;
  /** xdotool key syntax: "alt+shift+k". */
  key(combo: string): Promise<void>;
  /** Types text as key presses. */
  type(text: string): Promise<void>;
  /** A left click at screen pixel (x, y). */
  click(x: number, y: number): Promise<void>;
  /** What the screen shows now, browser toolbar included. */
  screenshot(): Rgba;
  close(): Promise<void>;
}

export function hasVirtualDisplay(): boolean {
  return Boolean(toolPath('xvfb') && toolPath('xdotool'));
}

/** Starts Xvfb on a free display number (Xvfb picks it and writes it to the pipe we give it). */
export async function startVirtualDisplay(width = 1280, height = 1000): Promise<VirtualDisplay> {
  const [xvfb, xdotoolPath] = [toolPath('xvfb'), toolPath('xdotool')];
  if (!xvfb || !xdotoolPath) {
    throw new Error('Xvfb of xdotool ontbreekt: draai npm run setup:browsers.');
  }
  // -fbdir keeps the screen in a file (XWD format) that we can read for screenshots.
  const fbdir = mkdtempSync(join(tmpdir(), 'krachtcoach-xvfb-'));
  const server: ChildProcess = spawn(xvfb, ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-fbdir', fbdir, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr!.on('data', (chunk) => (stderr += chunk));
  const number = await new Promise<string>((resolveNumber, reject) => {
    let out = '';
    const pipe = server.stdio[3] as NodeJS.ReadableStream;
    pipe.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolveNumber(out.trim());
    });
    server.once('exit', (code) => reject(new Error(`Xvfb stopte meteen (code ${code}): ${stderr.trim()}`)));
  });
  const display = `:${number}`;
  const env = { ...process.env, DISPLAY: display };
  const xdotool = async (...args: string[]) => {
    await run(xdotoolPath, args, { env });
  };
  return {
    display,
    key: (combo) => xdotool('key', '--clearmodifiers', combo),
    type: (text) => xdotool('type', '--delay', '20', text),
    click: (x, y) => xdotool('mousemove', '--sync', String(x), String(y), 'click', '1'),
    screenshot: () => readXwd(readFileSync(join(fbdir, 'Xvfb_screen0'))),
    close: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill();
        await exited;
      }
      rmSync(fbdir, { recursive: true, force: true });
    },
  };
}

/** Xvfb's screen file: an XWD header (big-endian words), a colour map, then 32-bit pixels. */
function readXwd(file: Buffer): Rgba {
  const word = (i: number) => file.readUInt32BE(i * 4);
  const [headerSize, width, height, byteOrder, bitsPerPixel, bytesPerLine, colourEntries] = [word(0), word(4), word(5), word(7), word(11), word(12), word(19)];
  if (bitsPerPixel !== 32) throw new Error(`Onverwacht schermformaat: ${bitsPerPixel} bits per pixel`);
  const start = headerSize + colourEntries * 12;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const pixel = byteOrder === 0 ? file.readUInt32LE(start + y * bytesPerLine + x * 4) : file.readUInt32BE(start + y * bytesPerLine + x * 4);
      data.set([(pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** A part of the screen, in pixels; right and bottom are exclusive. */
export interface ScreenRegion {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The centre of the first patch of one colour (±2 per channel) in a region, reading from the
 * top: the pixels of that colour joined to the first one found. Null when the patch has fewer
 * than `minPixels` (a stray pixel of text).
 */
export function centreOfColour(shot: Rgba, rgb: readonly [number, number, number], region: ScreenRegion, minPixels = 20): { x: number; y: number } | null {
  const [left, top] = [Math.max(region.left, 0), Math.max(region.top, 0)];
  const [right, bottom] = [Math.min(region.right, shot.width), Math.min(region.bottom, shot.height)];
  const matches = (x: number, y: number) => {
    const i = (y * shot.width + x) * 4;
    return rgb.every((c, k) => Math.abs(shot.data[i + k]! - c) <= 2);
  };
  const seen = new Set<number>();
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      if (!matches(x, y) || seen.has(y * shot.width + x)) continue;
      let [sumX, sumY, count] = [0, 0, 0];
      const stack = [[x, y] as const];
      seen.add(y * shot.width + x);
      while (stack.length) {
        const [px, py] = stack.pop()!;
        sumX += px;
        sumY += py;
        count++;
        for (const [nx, ny] of [[px + 1, py], [px - 1, py], [px, py + 1], [px, py - 1]] as const) {
          const key = ny * shot.width + nx;
          if (nx < left || nx >= right || ny < top || ny >= bottom || seen.has(key) || !matches(nx, ny)) continue;
          seen.add(key);
          stack.push([nx, ny]);
        }
      }
      if (count >= minPixels) return { x: Math.round(sumX / count), y: Math.round(sumY / count) };
    }
  }
  return null;
}
