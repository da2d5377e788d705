/**
 * Entry point of the staff window (staff.html).
 */
import { mount } from 'svelte';
import '../styles/staff.css';
import Staff from './Staff.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('staff.html has no #app element');

export default mount(Staff, { target });
