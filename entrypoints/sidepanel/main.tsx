import { render } from 'preact';
import { SidePanelApp } from '@/src/sidepanel/side-panel-app';
import '@/src/sidepanel/side-panel.css';

render(<SidePanelApp />, document.getElementById('app')!);
