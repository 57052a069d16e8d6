/** The rules: pure functions of the dataset, settings and `today`. */
export * from './stats';
