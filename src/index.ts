export * from './core/index.js';
export * from './hooks/index.js';
export * from './components/index.js';
