/**
 * What part of the council's time an instant is in. Only 'working' forbids personal use. Kept apart from the
 * time engine so the content scripts can name the states without bundling it.
 */
export const TIME_STATES = ['working', 'break', 'outside-hours', 'weekend', 'holiday'] as const;
export type TimeState = (typeof TIME_STATES)[number];
