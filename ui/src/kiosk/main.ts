/**
 * Entry point of the kiosk window (index.html).
 */
import { mount } from 'svelte';
import '../styles/kiosk.css';
import Kiosk from './Kiosk.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(Kiosk, { target });
