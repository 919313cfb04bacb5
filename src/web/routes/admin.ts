import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Conflict, NotFound } from '../../core/errors.ts';
import { type Role, ROLE_KEYS } from '../../core/records/vocab.ts';
import type { Services } from '../../services/index.ts';
import { type Body, bodyOf, ctxOf, handleForm, list, str } from '../forms.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };
type Overview = Awaited<ReturnType<Services['admin']['overview']>>;
type UserRow = Overview['users'][number];

// Shown under each role in the user form, so that administrators give people the least access they need.
const ROLE_DESCRIPTIONS: Record<Role, string> = {
  practitioner: 'Works directly with children and families. Can search, add records and work on the cases they are part of.',
  safeguarding_lead: 'Oversees their agency’s cases, reviews emergency (break-glass) access and sees figures.',
  mase_coordinator: 'Runs multi-agency meetings about exploitation. Sees the cases their agency is part of, and figures.',
  analyst: 'Sees figures only. Never sees children’s names or records.',
  administrator: 'Manages users, agencies, teams and sign-in rules. Never sees case data or children’s records.',
  auditor: 'Reads the audit trail of who viewed or changed records. Cannot change anything.',
};

const roleChoices = ROLE_KEYS.map((value) => ({
  value,
  hint: ROLE_DESCRIPTIONS[value],
}));

// Teams for the team pick-list, labelled with their agency and ordered by agency then team.
function teamChoices(o: Overview) {
  const agencyNames = new Map(o.agencies.map((a) => [a.id, a.name]));
  return o.teams
    .map((t) => ({
      value: t.id,
      agencyId: t.agencyId,
      text: `${t.name} (${agencyNames.get(t.agencyId) ?? 'Unknown agency'})`,
      agencyName: agencyNames.get(t.agencyId) ?? '',
    }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName) || a.text.localeCompare(b.text));
}

// Only what the pages show: never password hashes, authenticator secrets or sessions.
function overviewModel(o: Overview, now: Date) {
  const agencyNames = new Map(o.agencies.map((a) => [a.id, a.name]));
  const teamNames = new Map(o.teams.map((t) => [t.id, t.name]));
  const users = o.users.map((u) => ({
    id: u.id,
    displayName: u.displayName,
    username: u.username,
    role: u.role,
    agencyName: agencyNames.get(u.agencyId) ?? '',
    teamName: u.teamId ? (teamNames.get(u.teamId) ?? '') : '',
    status: !u.active ? 'inactive' : u.lockedUntil && u.lockedUntil > now ? 'locked' : 'active',
  }));
  const agencies = o.agencies.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    teams: o.teams.filter((t) => t.agencyId === a.id).map((t) => t.name),
    userCount: o.users.filter((u) => u.agencyId === a.id && u.active).length,
  }));
  const mfaRoles = o.roleSettings.filter((s) => s.mfaRequired).map((s) => s.role);
  return { users, agencies, mfaRoles };
}

function formLists(o: Overview) {
  return {
    agencies: o.agencies.map((a) => ({ value: a.id, text: a.name })),
    teams: teamChoices(o),
    roleChoices,
    temporaryPasswordHours: o.temporaryPasswordHours,
  };
}

function findUser(o: Overview, id: string): UserRow {
  const u = o.users.find((x) => x.id === id);
  if (!u) throw new NotFound('There is no user with that reference');
  return u;
}

// The user's saved details as form values (strings, as a browser would send them).
function userValues(u: UserRow): Record<string, string> {
  return {
    displayName: u.displayName,
    email: u.email ?? '',
    agencyId: u.agencyId,
    teamId: u.teamId ?? '',
    role: u.role,
    active: u.active ? 'yes' : '',
    version: String(u.version),
  };
}

function editInput(b: Body) {
  return {
    displayName: str(b, 'displayName'),
    email: str(b, 'email'),
    agencyId: str(b, 'agencyId'),
    teamId: str(b, 'teamId'),
    role: str(b, 'role'),
    active: str(b, 'active') === 'yes',
    version: str(b, 'version'),
    password: str(b, 'password'),
  };
}

export function adminRoutes(app: FastifyInstance, services: Services): void {
  const overview = (request: FastifyRequest) => services.admin.overview(ctxOf(request));

  const editPage = (o: Overview, u: UserRow) => ({
    title: 'Change a user’s details',
    editing: {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      hasPassword: u.passwordHash !== null,
      totpEnabled: u.totpEnabled,
      temporaryPasswordUntil: u.temporaryPasswordUntil,
      temporaryPasswordExpired: u.temporaryPasswordUntil !== null && u.temporaryPasswordUntil <= new Date(),
    },
    action: `/admin/users/${u.id}`,
    ...formLists(o),
    backLink: '/admin',
  });

  app.get('/admin', async (request, reply) => {
    const o = await overview(request);
    const saved = (request.query as Record<string, string>)['saved'] === '1';
    return page(request, reply, 'admin/index.njk', {
      title: 'Administration',
      ...overviewModel(o, new Date()),
      saved,
    });
  });

  app.post('/admin/roles', async (request, reply) => {
    const required = list(bodyOf(request), 'required');
    return handleForm(
      request,
      reply,
      async () => {
        await services.admin.setRoleMfa(ctxOf(request), { required });
        return '/admin?saved=1';
      },
      {
        template: 'admin/index.njk',
        data: async () => ({
          title: 'Administration',
          ...overviewModel(await overview(request), new Date()),
          mfaRoles: required,
        }),
      },
    );
  });

  app.get('/admin/users/new', async (request, reply) => {
    const o = await overview(request);
    return page(request, reply, 'admin/user-form.njk', {
      title: 'Add a user',
      action: '/admin/users/new',
      ...formLists(o),
      values: {},
      backLink: '/admin',
    });
  });

  app.post('/admin/users/new', async (request, reply) => {
    const b = bodyOf(request);
    return handleForm(
      request,
      reply,
      async () => {
        await services.admin.addUser(ctxOf(request), {
          username: str(b, 'username'),
          displayName: str(b, 'displayName'),
          email: str(b, 'email'),
          agencyId: str(b, 'agencyId'),
          teamId: str(b, 'teamId'),
          role: str(b, 'role'),
          password: str(b, 'password'),
        });
        return '/admin?saved=1';
      },
      {
        template: 'admin/user-form.njk',
        data: async () => ({
          title: 'Add a user',
          action: '/admin/users/new',
          ...formLists(await overview(request)),
          backLink: '/admin',
        }),
      },
    );
  });

  app.get<{ Params: IdParams }>('/admin/users/:id', async (request, reply) => {
    const o = await overview(request);
    const u = findUser(o, request.params.id);
    return page(request, reply, 'admin/user-form.njk', {
      ...editPage(o, u),
      values: userValues(u),
      mfaReset: (request.query as Record<string, string>)['reset'] === 'mfa',
    });
  });

  // ASVS 2.5.7: a lost authenticator. The user sets up a new one at their next sign-in; audited in the service.
  app.post<{ Params: IdParams }>('/admin/users/:id/mfa-reset', async (request, reply) => {
    await services.admin.resetMfa(ctxOf(request), request.params.id);
    return reply.redirect(`/admin/users/${request.params.id}?reset=mfa`, 303);
  });

  app.post<{ Params: IdParams }>('/admin/users/:id', async (request, reply) => {
    const id = request.params.id;
    const b = bodyOf(request);
    try {
      return await handleForm(
        request,
        reply,
        async () => {
          await services.admin.editUser(ctxOf(request), id, editInput(b));
          return '/admin?saved=1';
        },
        {
          template: 'admin/user-form.njk',
          data: async () => {
            const o = await overview(request);
            return editPage(o, findUser(o, id));
          },
        },
      );
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      // Load the saved details (and their new version) into the form; show what the administrator tried to save.
      const o = await overview(request);
      const current = findUser(o, id);
      const mine = editInput(b);
      const agencyNames = new Map(o.agencies.map((a) => [a.id, a.name]));
      const teamNames = new Map(o.teams.map((t) => [t.id, t.name]));
      const conflict = {
        saved: {
          displayName: current.displayName,
          email: current.email ?? '',
          agencyName: agencyNames.get(current.agencyId) ?? '',
          teamName: current.teamId ? (teamNames.get(current.teamId) ?? '') : '',
          role: current.role,
          active: current.active,
        },
        mine: {
          displayName: mine.displayName,
          email: mine.email,
          agencyName: agencyNames.get(mine.agencyId) ?? '',
          teamName: mine.teamId ? (teamNames.get(mine.teamId) ?? '') : '',
          role: mine.role,
          active: mine.active,
        },
        passwordEntered: mine.password !== '',
      };
      return page(
        request,
        reply,
        'admin/user-form.njk',
        {
          ...editPage(o, current),
          title: 'Someone else changed this user',
          conflict,
          values: userValues(current),
        },
        409,
      );
    }
  });

  app.get('/admin/agencies/new', async (request, reply) => {
    await overview(request);
    return page(request, reply, 'admin/agency-form.njk', {
      title: 'Add an agency',
      values: {},
      backLink: '/admin',
    });
  });

  app.post('/admin/agencies/new', async (request, reply) => {
    const b = bodyOf(request);
    return handleForm(
      request,
      reply,
      async () => {
        await services.admin.addAgency(ctxOf(request), {
          name: str(b, 'name'),
          kind: str(b, 'kind'),
        });
        return '/admin?saved=1';
      },
      {
        template: 'admin/agency-form.njk',
        data: () => ({ title: 'Add an agency', backLink: '/admin' }),
      },
    );
  });

  app.get('/admin/teams/new', async (request, reply) => {
    const o = await overview(request);
    const agencyId = (request.query as Record<string, string>)['agencyId'] ?? '';
    return page(request, reply, 'admin/team-form.njk', {
      title: 'Add a team',
      agencies: formLists(o).agencies,
      values: { agencyId },
      backLink: '/admin',
    });
  });

  app.post('/admin/teams/new', async (request, reply) => {
    const b = bodyOf(request);
    return handleForm(
      request,
      reply,
      async () => {
        await services.admin.addTeam(ctxOf(request), {
          name: str(b, 'name'),
          agencyId: str(b, 'agencyId'),
        });
        return '/admin?saved=1';
      },
      {
        template: 'admin/team-form.njk',
        data: async () => ({
          title: 'Add a team',
          agencies: formLists(await overview(request)).agencies,
          backLink: '/admin',
        }),
      },
    );
  });
}
