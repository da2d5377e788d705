/**
 * Entry point of the kiosk window (index.html).
 */
import '../styles/kiosk.css';
import { mountWindow } from '../lib/mountWindow';
import Kiosk from './Kiosk.svelte';

await mountWindow(Kiosk, 'index.html');
