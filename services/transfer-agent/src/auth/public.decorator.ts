import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'cutover:public';
/** Routes that do not take the agent token: /health, and /v1/export (authorized by a grant). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
