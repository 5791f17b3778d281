// Notifications to clients (SMS, e-mail) and one-time codes for proving a mobile number.
export * from './events';
export * from './mobile';
export * from './sms';
export * from './sms-file';
export * from './sms-gateway';
export * from './email';
export * from './sms-text';
export * from './email-text';
export * from './outbox';
export * from './notifier';
export * from './otp';
export * from './messages';
export * from './config';
export * from './templated-http';
export * from './templated-http-schema';
