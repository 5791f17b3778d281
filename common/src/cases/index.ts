// The e-desk (میز خدمت الکترونیکی): cases, their catalogue, calendar and contract.
export * from './definitions';
export * from './types';
export * from './jalali';
export * from './messages';
export * from './tracking-code';
export * from './calendar';
export * from './lunar-holidays';
export * from './form';
export * from './survey';
export * from './contract';
export * from './access';
export * from './catalogue';
export * from './notices';
export * from './catalogue-rules';
export * from './catalogue-local';
export * from './catalogue-schema';
