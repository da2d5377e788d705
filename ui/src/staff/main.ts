/**
 * Entry point of the staff window (staff.html).
 */
import '../styles/staff.css';
import { mountWindow } from '../lib/mountWindow';
import Staff from './Staff.svelte';

await mountWindow(Staff, 'staff.html');
