import { Field } from '../ui/Field';

/** Name, email and a new password: the fields of first-run setup and of sign-up. */
export function NewAccountFields() {
  return (
    <>
      <Field label="Your name" name="name" autoComplete="name" required />
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={8}
        required
        hint="At least 8 characters."
      />
    </>
  );
}
