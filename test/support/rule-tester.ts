export * from '../../src/testing/rule-tester.js';
