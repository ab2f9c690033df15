import { render } from 'preact';
import { OptionsApp } from '@/src/options/options-app';
import '@/src/options/pages.css';

render(<OptionsApp />, document.getElementById('app')!);
