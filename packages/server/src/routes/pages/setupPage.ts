import { minPasswordLength } from '../../auth/createAuth.js';

/** The first-run form: the token comes from the printed link (`/setup?token=…`). */
export function setupPage(pending: boolean): string {
  if (!pending)
    return '<h1>Waymark is set up</h1><p>The first account exists already. <a href="/">Home</a></p>';
  return `<h1>Set up Waymark</h1>
<p>Create the first account. It becomes the owner of the sample workspace.</p>
<form id="setup">
<label for="name">Your name</label><input id="name" name="name" autocomplete="name" required>
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" required>
<label for="password">Password (at least ${minPasswordLength} characters)</label>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="${minPasswordLength}" required>
<button type="submit">Create account</button>
<p id="message" role="status"></p>
</form>
<script src="/setup.js"></script>`;
}

export const setupScript = `document.getElementById('setup').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const message = document.getElementById('message');
  const token = new URLSearchParams(location.search).get('token') || '';
  const body = { token, name: form.name.value, email: form.email.value, password: form.password.value };
  const response = await fetch('/api/v1/setup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.ok) { message.className = 'ok'; message.textContent = 'Your account is ready. You are signed in.'; form.querySelector('button').disabled = true; return; }
  const problem = await response.json().catch(() => ({}));
  message.className = 'error';
  message.textContent = (problem.error && problem.error.message) || problem.message || 'Setup failed (' + response.status + ')';
});
`;
