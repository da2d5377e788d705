/**
 * The screens of the kiosk window and which of them are reached from the home tiles.
 */
export type Screen = 'start' | 'home' | 'services' | 'ticket' | 'eid' | 'request' | 'appointment' | 'video';
