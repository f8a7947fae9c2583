export * from './types';
export * from './profile';
export * from './profiles';
export * from './engine';
export * from './scheming';
export { rules } from './rules';
