/**
 * Schema of the `editor:` block of content/site.yaml: where the browser editor (/admin, Sveltia
 * CMS) saves and how press officers sign in. Without this block the site has no /admin at all.
 * Checked like content: a missing, contradictory or placeholder setting is an error naming the
 * field and what to write, never a silent default (see docs/huong-dan-bien-tap.md, chapter 9).
 */
import { z } from 'astro/zod';
import type { IssueParams } from './common.ts';
import { checkEditor, EDITOR_BACKENDS } from './editor-checks.ts';

/** An https address without a trailing slash (a server, a relay). */
const httpsAddress = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    params: {
      vi: 'Cần một địa chỉ đầy đủ, bắt đầu bằng https://, không có dấu cách hay dấu < >.',
      en: 'Expected a full address starting with https://, without spaces or < >.',
    } satisfies IssueParams,
  })
  .transform((value) => value.replace(/\/+$/, ''));

export const editorSchema = z
  .strictObject({
    /**
     * Where the site's repository lives: `github`, `gitlab` (gitlab.com or the office's own
     * GitLab), `gitea` or `forgejo` (a province's own server). `test` is Sveltia's repository in
     * the browser, for demo sites only: nothing is saved anywhere.
     */
    backend: z.enum(EDITOR_BACKENDS),
    /**
     * The repository the editor saves to, as in its address: `owner/name`
     * (https://github.com/so-noi-vu/bang-vang → `so-noi-vu/bang-vang`); on GitLab the group
     * path may have subgroups (`tinh/so-noi-vu/bang-vang`). Required except for `test`.
     */
    repo: z.string().trim().optional(),
    /**
     * The branch the editor saves to, the one the site is published from. Omitted: the
     * repository's default branch (what the deploy workflows publish).
     */
    branch: z
      .string()
      .trim()
      .refine((name) => /^[\w./-]+$/.test(name), {
        params: {
          vi: 'Tên nhánh chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới và "/".',
          en: 'A branch name has only letters without accents, digits, dots, hyphens, underscores and "/".',
        } satisfies IssueParams,
      })
      .optional(),
    /**
     * Address of the office's own git server (`https://git.tinh.gov.vn`): required for Gitea and
     * Forgejo, for GitLab when it is not gitlab.com, for GitHub only with GitHub Enterprise Server.
     */
    server: httpsAddress.optional(),
    /**
     * GitLab: the Application ID of the OAuth application made for /admin (sign-in with GitLab,
     * PKCE, no server needed). Gitea/Forgejo: the Client ID of the OAuth2 application.
     * Omitted: officers sign in with a personal access token.
     */
    appId: z.string().trim().min(1).optional(),
    /**
     * GitHub only: address of the office's OAuth relay (sveltia-cms-auth on Cloudflare Workers,
     * `https://sveltia-cms-auth.<account>.workers.dev`), which adds a "Sign in with GitHub"
     * button. Omitted: officers sign in with a personal access token.
     */
    authRelay: httpsAddress.optional(),
    /**
     * Stories wait for approval: an officer's change goes draft → in review → ready, and only
     * someone allowed to merge into the published branch publishes it (Sveltia's editorial
     * workflow, GitHub and GitLab only). False: saving publishes at once.
     */
    review: z.boolean().default(false),
  })
  .superRefine(checkEditor);

export type EditorSettings = z.infer<typeof editorSchema>;
