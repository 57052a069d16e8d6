/** The shared model as the renderer uses it. */
export * from '#shared/model';
export { isIsoDate } from '#shared/dates';
