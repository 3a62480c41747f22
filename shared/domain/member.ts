import { z } from 'zod';
import { emailSchema, idSchema, isoDateTimeSchema, optionalText, requiredText } from './common';
import { roleSchema } from './roles';

export const memberStatusSchema = z.enum(['active', 'deactivated']);

export const memberFieldsSchema = z.strictObject({
  name: requiredText('Name', 120),
  email: emailSchema,
  title: optionalText('Title', 120),
  roles: z
    .array(roleSchema)
    .min(1, { message: 'Choose at least one role' })
    .max(8)
    .transform((roles) => [...new Set(roles)]),
});
export type MemberFields = z.infer<typeof memberFieldsSchema>;

export const memberSchema = memberFieldsSchema.extend({
  id: idSchema,
  status: memberStatusSchema,
  createdAt: isoDateTimeSchema,
});
export type Member = z.infer<typeof memberSchema>;
