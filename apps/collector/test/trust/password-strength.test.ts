import { describe, expect, it } from 'vitest';
import { minimumPasswordScore, passwordScore, requireStrongPassword } from '../../src/security/password-strength.js';
import { demoAccount, otherAccount } from '../../src/domain/seed.js';

describe('password strength', () => {
  it.each(['            ', 'password1234', '123456789012', 'motdepasse123', 'azertyuiopqs', 'qwertyuiop12', 'aaaaaaaaaaaa', 'Bonjour12345'])(
    'refuses %j with weak_password',
    (password) => {
      expect(() => requireStrongPassword(password, 'password')).toThrow(expect.objectContaining({ statusCode: 400, issues: [expect.objectContaining({ path: 'password', code: 'weak_password' })] }));
    },
  );

  it('counts the email as known to an attacker', () => {
    const email = 'marie.tremblay@ministere.example';
    expect(passwordScore(email)).toBeGreaterThanOrEqual(minimumPasswordScore);
    expect(() => requireStrongPassword(email, 'password', [email])).toThrow();
  });

  it('accepts passphrases, and the demo accounts’ passwords', () => {
    for (const password of ['tulipe-rouge-velo-montagne', 'correct horse battery staple', demoAccount.password, otherAccount.password]) {
      expect(passwordScore(password)).toBeGreaterThanOrEqual(minimumPasswordScore);
      expect(() => requireStrongPassword(password, 'password')).not.toThrow();
    }
  });
});
