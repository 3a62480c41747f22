import { z } from 'zod';
import { emailSchema, idSchema, isoDateTimeSchema, optionalText, requiredText } from './common';
import { ROLES, roleSchema } from './roles';
import { memberKeySchema } from '../auth/memberKey';
import { electronicSignatureSchema } from '../auth/signature';

export const memberStatusSchema = z.enum(['active', 'deactivated']);

export const memberFieldsSchema = z.strictObject({
  name: requiredText('Name', 120),
  email: emailSchema,
  title: optionalText('Title', 120),
  roles: z
    .array(roleSchema)
    .min(1, { message: 'Choose at least one role' })
    .max(ROLES.length)
    .transform((roles) => [...new Set(roles)]),
});
export type MemberFields = z.infer<typeof memberFieldsSchema>;

export const memberSchema = memberFieldsSchema.extend({
  id: idSchema,
  status: memberStatusSchema,
  createdAt: isoDateTimeSchema,
  /** Public signing keys, newest last; retired keys stay to verify old signatures. */
  keys: z.array(memberKeySchema),
  /** The member's signed statement that their e-signature binds like a handwritten one. */
  certification: electronicSignatureSchema.nullable(),
});
export type Member = z.infer<typeof memberSchema>;
