import { render } from 'preact';
import { WelcomeApp } from '@/src/options/welcome-app';
import '@/src/options/pages.css';

render(<WelcomeApp />, document.getElementById('app')!);
