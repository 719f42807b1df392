/** A council's notes on its indicators, newest first, and the form to add one. */
import type { Note } from '../../assess/index.ts';
import type { LaRow } from '../../store/index.ts';
import {
  RadiosField,
  SelectField,
  type SelectOption,
  TextareaField,
} from '../components/choice-fields.tsx';
import { ErrorSummary, TextField } from '../components/form-fields.tsx';
import { TableHead } from '../components/table-head.tsx';
import type { NoteFormErrors, NoteFormField, NoteFormValues } from '../routes/notes-form.ts';
import { Layout } from './layout.tsx';

export interface NotesView {
  la: LaRow;
  notes: readonly (Note & { title: string })[];
  values: NoteFormValues;
  errors: NoteFormErrors;
  groups: readonly { label: string; options: readonly SelectOption[] }[];
  /** Set after a note was added: its indicator's title. */
  added: string | null;
}

const FIELDS: readonly NoteFormField[] = ['indicator', 'period', 'text', 'author', 'status'];

export function NotesPage(props: { view: NotesView }) {
  const v = props.view;
  const errors = FIELDS.flatMap((f) => {
    const message = v.errors[f];
    return message ? [{ href: `#${f}`, message }] : [];
  });
  return (
    <Layout title={`${errors.length > 0 ? 'Error: ' : ''}Notes: ${v.la.name}`} section="notes">
      <span class="govuk-caption-l">{v.la.name}</span>
      <h1 class="govuk-heading-l">Notes on the figures</h1>
      {v.added === null ? null : (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">Note added to {v.added}</p>
          </div>
        </div>
      )}
      <p class="govuk-body">
        Published notes show on the dashboard beside the indicator (and the period, when one is
        given); drafts are kept here until published.
      </p>
      <ErrorSummary errors={errors} />
      <NoteForm view={v} />
      <NotesTable notes={v.notes} />
    </Layout>
  );
}

function NoteForm(props: { view: NotesView }) {
  const { values, errors, groups, la } = props.view;
  return (
    <form method="post" action="/notes" novalidate>
      <input type="hidden" name="la" value={la.code} />
      <h2 class="govuk-heading-m">Add a note</h2>
      <SelectField
        id="indicator"
        label="Indicator"
        value={values.indicator}
        placeholder="Choose an indicator"
        groups={groups}
        error={errors.indicator}
      />
      <TextField
        id="period"
        label="Period (optional)"
        hint="As the dashboard shows it, like 2024-25, 2024-25 Q1 or 2024-06. Leave blank for a note on the whole series."
        value={values.period}
        width={20}
        error={errors.period}
      />
      <TextareaField id="text" label="Note" value={values.text} rows={4} error={errors.text} />
      <TextField
        id="author"
        label="Your name"
        value={values.author}
        width={20}
        error={errors.author}
      />
      <RadiosField
        id="status"
        label="Show on the dashboard"
        value={values.status}
        options={[
          { value: 'draft', text: 'Not yet: keep as a draft' },
          { value: 'published', text: 'Yes: publish it' },
        ]}
        error={errors.status}
      />
      <button type="submit" class="govuk-button">
        Add note
      </button>
    </form>
  );
}

function NotesTable(props: { notes: NotesView['notes'] }) {
  if (props.notes.length === 0) return <p class="govuk-body">There are no notes yet.</p>;
  return (
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">Notes, newest first</caption>
      <TableHead columns={['Indicator', 'Period', 'Note', 'By', 'Status']} />
      <tbody class="govuk-table__body">
        {props.notes.map((n) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell">{n.title}</td>
            <td class="govuk-table__cell">{n.period ?? 'Whole series'}</td>
            <td class="govuk-table__cell">{n.text}</td>
            <td class="govuk-table__cell">{`${n.author}, ${n.createdAt.slice(0, 10)}`}</td>
            <td class="govuk-table__cell">{n.status === 'published' ? 'Published' : 'Draft'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
