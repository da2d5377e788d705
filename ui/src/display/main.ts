/**
 * Entry point of the call display (display.html), the window for a TV or second
 * screen; it may only read the call board (capability `display`).
 */
import { mount } from 'svelte';
import '../styles/display.css';
import CallDisplay from './CallDisplay.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('display.html has no #app element');

export default mount(CallDisplay, { target });
