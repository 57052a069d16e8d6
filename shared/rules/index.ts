/** The rules: pure functions of the dataset, settings and `today`. */
export * from '../index/dataset';
export * from './clientStats';
export * from './invoices';
export * from './money';
export * from './cleanHouse';
export * from './forecast';
export * from './relationships';
export * from './twins';
export * from '../views/home';
export * from './letters';
export * from './evaluateInquiry';
export * from '../views/charts';
export * from './readInquiry';
