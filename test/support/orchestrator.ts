/** Moved to libs/testing (`@cutover/testing/services`); kept for bench/faults, which imports it. */
export * from '@cutover/testing/services';
