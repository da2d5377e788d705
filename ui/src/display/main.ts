/**
 * Entry point of the call display (display.html), the window for a TV or second
 * screen; it may only read the call board (capability `display`).
 */
import '../styles/display.css';
import { mountWindow } from '../lib/mountWindow';
import CallDisplay from './CallDisplay.svelte';

await mountWindow(CallDisplay, 'display.html');
