import { browser } from 'wxt/browser';
import type { PanelMessage } from '../../messaging/protocol';
import { frameId, notice, tabId } from '../panel-model';

/** What the assistant does outside the panel: into the page, onto the clipboard, a download. */

async function sendToPage(message: PanelMessage): Promise<boolean> {
  const tab = tabId.value;
  if (tab === null) return false;
  return (await browser.tabs.sendMessage(tab, message, { frameId: frameId.value }).catch(() => false)) === true;
}

/** At the caret of the field that had focus last in the page (kc:insert-text). */
export async function insertText(text: string): Promise<boolean> {
  const ok = await sendToPage({ type: 'kc:insert-text', text });
  notice.value = ok ? null : 'Klik eerst in het tekstveld waar de tekst moet komen, en probeer het dan opnieuw.';
  return ok;
}

export async function insertTemplate(id: string): Promise<boolean> {
  const ok = await sendToPage({ type: 'kc:insert-snippet', id });
  notice.value = ok ? null : 'Klik eerst in het tekstveld waar het sjabloon moet komen.';
  return ok;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission or no focus: the old way still works in an extension page.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

