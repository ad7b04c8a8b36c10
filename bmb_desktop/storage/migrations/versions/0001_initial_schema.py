"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-21 11:10:41.050675
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_name', sa.String(length=200), nullable=False),
    sa.Column('action', sa.Enum('create', 'update', 'delete', name='auditaction', native_enum=False, length=40), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=60), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('previous_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    op.create_table('calendar_day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_working_day', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_day')),
    sa.UniqueConstraint('day', name=op.f('uq_calendar_day_day'))
    )
    op.create_table('database_fact',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_database_fact'))
    )
    op.create_table('municipality',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('district', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=200), nullable=False),
    sa.Column('administrative_centre', sa.String(length=200), nullable=False),
    sa.Column('aiyl_okmotu_name', sa.String(length=200), nullable=False),
    sa.Column('aiyl_okmotu_head', sa.String(length=200), nullable=False),
    sa.Column('council_name', sa.String(length=200), nullable=False),
    sa.Column('council_convocation', sa.String(length=20), nullable=False),
    sa.Column('council_formed_on', sa.Date(), nullable=True),
    sa.Column('council_chair', sa.String(length=200), nullable=False),
    sa.Column('responsible_secretary', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipality'))
    )
    op.create_table('council_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('convocation', sa.String(length=20), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('extraordinary', sa.Boolean(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_council_session_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_session'))
    )
    op.create_table('formation_process',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('new_group', 'replacement', name='formationkind', native_enum=False, length=40), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_formation_process_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_formation_process'))
    )
    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('programme', sa.String(length=300), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('resources', 'activities', 'outputs', 'outcomes', name='indicatorkind', native_enum=False, length=40), nullable=False),
    sa.Column('quantitative', sa.Boolean(), nullable=False),
    sa.Column('unit', sa.String(length=60), nullable=False),
    sa.Column('baseline', sa.Float(), nullable=True),
    sa.Column('baseline_text', sa.Text(), nullable=False),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('target_text', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('key', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_indicator_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator'))
    )
    op.create_table('monitored_object',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('aiyl_okmotu', 'municipal_enterprise', 'municipal_institution', 'procurement_supplier', 'consultant', 'community_organisation', name='objectkind', native_enum=False, length=40), nullable=False),
    sa.Column('head_name', sa.String(length=200), nullable=False),
    sa.Column('contact_person', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_monitored_object_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitored_object'))
    )
    op.create_table('notice_board',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('in_use', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_notice_board_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_board'))
    )
    op.create_table('plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_plan_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan')),
    sa.UniqueConstraint('municipality_id', 'year', name=op.f('uq_plan_municipality_id'))
    )
    op.create_table('village',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_village_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village')),
    sa.UniqueConstraint('municipality_id', 'name', name=op.f('uq_village_municipality_id'))
    )
    op.create_table('formation_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('process_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('document', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['process_id'], ['formation_process.id'], name=op.f('fk_formation_step_process_id_formation_process'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_formation_step'))
    )
    op.create_table('indicator_measurement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('value_text', sa.Text(), nullable=False),
    sa.Column('source', sa.Enum('residents_survey', 'programme_data', 'staff_assessment', name='evidencesource', native_enum=False, length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_measurement_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_measurement'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('surname', sa.String(length=120), nullable=False),
    sa.Column('given_name', sa.String(length=120), nullable=False),
    sa.Column('patronymic', sa.String(length=120), nullable=False),
    sa.Column('sex', sa.Enum('female', 'male', name='sex', native_enum=False, length=40), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('village_id', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('position', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_person_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_person_village_id_village'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    op.create_table('resolution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('adopted_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_resolution_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['council_session.id'], name=op.f('fk_resolution_session_id_council_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolution'))
    )
    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.Enum('municipal_employee', 'council_deputy', 'citizen', 'association_representative', name='membercategory', native_enum=False, length=40), nullable=False),
    sa.Column('role', sa.Enum('chair', 'deputy_chair', 'secretary', 'member', name='memberrole', native_enum=False, length=40), nullable=False),
    sa.Column('basis_resolution_id', sa.Integer(), nullable=True),
    sa.Column('basis_text', sa.String(length=300), nullable=False),
    sa.Column('appointed_on', sa.Date(), nullable=False),
    sa.Column('term_ends_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('active', 'withdrawn', name='membershipstatus', native_enum=False, length=40), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('withdrawal_ground', sa.Enum('own_application', 'health', 'absence', 'ethics_violation', 'loss_of_capacity', 'term_ended', 'other', name='withdrawalground', native_enum=False, length=40), nullable=True),
    sa.Column('withdrawal_note', sa.Text(), nullable=False),
    sa.Column('replaces_membership_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['basis_resolution_id'], ['resolution.id'], name=op.f('fk_membership_basis_resolution_id_resolution')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_membership_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_membership_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['replaces_membership_id'], ['membership.id'], name=op.f('fk_membership_replaces_membership_id_membership')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership'))
    )
    op.create_table('plan_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'discussed', 'submitted', 'approved', 'superseded', name='planversionstatus', native_enum=False, length=40), nullable=False),
    sa.Column('discussed_on', sa.Date(), nullable=True),
    sa.Column('aiyl_okmotu_proposals', sa.Text(), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('approval_resolution_id', sa.Integer(), nullable=True),
    sa.Column('amendment_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['approval_resolution_id'], ['resolution.id'], name=op.f('fk_plan_version_approval_resolution_id_resolution')),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_version_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_version')),
    sa.UniqueConstraint('plan_id', 'number', name=op.f('uq_plan_version_plan_id'))
    )
    op.create_table('regulation_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('min_size', sa.Integer(), nullable=False),
    sa.Column('max_size', sa.Integer(), nullable=False),
    sa.Column('odd_size_required', sa.Boolean(), nullable=False),
    sa.Column('min_employee_percent', sa.Integer(), nullable=False),
    sa.Column('min_deputy_percent', sa.Integer(), nullable=False),
    sa.Column('min_citizen_percent', sa.Integer(), nullable=False),
    sa.Column('max_one_sex_percent', sa.Integer(), nullable=False),
    sa.Column('chair_rule', sa.Enum('citizen_member', 'elected_by_group', 'appointed', name='chairrule', native_enum=False, length=40), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('min_meetings_per_quarter', sa.Integer(), nullable=False),
    sa.Column('protocol_signers', sa.Enum('chair_and_secretary', 'all_members', name='protocolsigners', native_enum=False, length=40), nullable=False),
    sa.Column('basis_resolution_id', sa.Integer(), nullable=True),
    sa.Column('group_created_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['basis_resolution_id'], ['resolution.id'], name=op.f('fk_regulation_profile_basis_resolution_id_resolution')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_regulation_profile_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regulation_profile')),
    sa.UniqueConstraint('municipality_id', name=op.f('uq_regulation_profile_municipality_id'))
    )
    op.create_table('conflict_declaration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('monitored_object_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('declared_on', sa.Date(), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('removed_from_monitoring', sa.Boolean(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_conflict_declaration_membership_id_membership'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['monitored_object_id'], ['monitored_object.id'], name=op.f('fk_conflict_declaration_monitored_object_id_monitored_object')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_declaration'))
    )
    op.create_table('plan_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('subject_kind', sa.Enum('development_programme', 'local_initiative', 'procurement_delivery', 'municipal_service', 'delegated_state_service', name='subjectkind', native_enum=False, length=40), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('information_sources', sa.Text(), nullable=False),
    sa.Column('resources_needed', sa.Text(), nullable=False),
    sa.Column('involvement', sa.Text(), nullable=False),
    sa.Column('analysis_method', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'in_progress', 'done', 'cancelled', name='planitemstatus', native_enum=False, length=40), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['object_id'], ['monitored_object.id'], name=op.f('fk_plan_item_object_id_monitored_object')),
    sa.ForeignKeyConstraint(['version_id'], ['plan_version.id'], name=op.f('fk_plan_item_version_id_plan_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_item'))
    )
    op.create_table('act',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'issued', 'superseded', name='actstatus', native_enum=False, length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('plan_item_id', sa.Integer(), nullable=True),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('subject_kind', sa.Enum('development_programme', 'local_initiative', 'procurement_delivery', 'municipal_service', 'delegated_state_service', name='subjectkind', native_enum=False, length=40), nullable=True),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('supersedes_act_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_act_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['object_id'], ['monitored_object.id'], name=op.f('fk_act_object_id_monitored_object')),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_item.id'], name=op.f('fk_act_plan_item_id_plan_item')),
    sa.ForeignKeyConstraint(['supersedes_act_id'], ['act.id'], name=op.f('fk_act_supersedes_act_id_act')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_act')),
    sa.UniqueConstraint('municipality_id', 'year', 'number', name=op.f('uq_act_municipality_id'))
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('group_meeting', 'community_gathering', 'observed_event', name='meetingkind', native_enum=False, length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('chair_membership_id', sa.Integer(), nullable=True),
    sa.Column('secretary_membership_id', sa.Integer(), nullable=True),
    sa.Column('chaired_by_name', sa.String(length=200), nullable=False),
    sa.Column('guests', sa.Text(), nullable=False),
    sa.Column('participants_count', sa.Integer(), nullable=True),
    sa.Column('plan_item_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'signed', name='meetingstatus', native_enum=False, length=40), nullable=False),
    sa.ForeignKeyConstraint(['chair_membership_id'], ['membership.id'], name=op.f('fk_meeting_chair_membership_id_membership')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_meeting_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_item.id'], name=op.f('fk_meeting_plan_item_id_plan_item')),
    sa.ForeignKeyConstraint(['secretary_membership_id'], ['membership.id'], name=op.f('fk_meeting_secretary_membership_id_membership')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('municipality_id', 'kind', 'year', 'number', name=op.f('uq_meeting_municipality_id'))
    )
    op.create_table('plan_item_method',
    sa.Column('plan_item_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.Enum('document_review', 'key_informant_interview', 'focus_group', 'community_survey', 'citizen_report_card', 'observation', 'questionnaire', 'resident_messages', 'complaint_verification', 'event_observation', name='monitoringmethod', native_enum=False, length=40), nullable=False),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_item.id'], name=op.f('fk_plan_item_method_plan_item_id_plan_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('plan_item_id', 'method', name=op.f('pk_plan_item_method'))
    )
    op.create_table('plan_item_responsible',
    sa.Column('plan_item_id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_plan_item_responsible_membership_id_membership')),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_item.id'], name=op.f('fk_plan_item_responsible_plan_item_id_plan_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('plan_item_id', 'membership_id', name=op.f('pk_plan_item_responsible'))
    )
    op.create_table('act_addressee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('act_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('object', 'aiyl_okmotu', 'council', name='addresseekind', native_enum=False, length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('delivery_method', sa.Enum('by_hand', 'post', 'email', 'messenger', name='deliverymethod', native_enum=False, length=40), nullable=True),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('receiver_name', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['act_id'], ['act.id'], name=op.f('fk_act_addressee_act_id_act'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_act_addressee'))
    )
    op.create_table('act_participant',
    sa.Column('act_id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['act_id'], ['act.id'], name=op.f('fk_act_participant_act_id_act'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_act_participant_membership_id_membership')),
    sa.PrimaryKeyConstraint('act_id', 'membership_id', name=op.f('pk_act_participant'))
    )
    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('heard', sa.Text(), nullable=False),
    sa.Column('spoke', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('act_id', sa.Integer(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['act_id'], ['act.id'], name=op.f('fk_attachment_act_id_act')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attachment_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_attachment_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    op.create_table('attendance',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_attendance_membership_id_membership')),
    sa.PrimaryKeyConstraint('meeting_id', 'membership_id', name=op.f('pk_attendance'))
    )
    op.create_table('gathering_candidate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_gathering_candidate_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_gathering_candidate_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gathering_candidate'))
    )
    op.create_table('letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('information_request', 'monitoring_notice', 'act_cover_letter', name='letterkind', native_enum=False, length=40), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('act_id', sa.Integer(), nullable=True),
    sa.Column('plan_item_id', sa.Integer(), nullable=True),
    sa.Column('addressee', sa.String(length=300), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['act_id'], ['act.id'], name=op.f('fk_letter_act_id_act')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_letter_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['object_id'], ['monitored_object.id'], name=op.f('fk_letter_object_id_monitored_object')),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_item.id'], name=op.f('fk_letter_plan_item_id_plan_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter'))
    )
    op.create_table('notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('formation_start', 'gathering', 'composition', 'monitoring', 'act_summary', 'report_results', 'free', name='noticekind', native_enum=False, length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('paper_size', sa.String(length=4), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('act_id', sa.Integer(), nullable=True),
    sa.Column('resolution_id', sa.Integer(), nullable=True),
    sa.Column('plan_item_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['act_id'], ['act.id'], name=op.f('fk_notice_act_id_act')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_notice_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_notice_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_item.id'], name=op.f('fk_notice_plan_item_id_plan_item')),
    sa.ForeignKeyConstraint(['resolution_id'], ['resolution.id'], name=op.f('fk_notice_resolution_id_resolution')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice'))
    )
    op.create_table('recommendation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('act_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('addressee', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'accepted', 'in_progress', 'implemented', 'partly_implemented', 'rejected', 'not_considered', name='recommendationstatus', native_enum=False, length=40), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['act_id'], ['act.id'], name=op.f('fk_recommendation_act_id_act'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation'))
    )
    op.create_table('act_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('addressee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('object_response', 'ao_report_to_council', name='responsekind', native_enum=False, length=40), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('causes', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('attachment_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['addressee_id'], ['act_addressee.id'], name=op.f('fk_act_response_addressee_id_act_addressee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], name=op.f('fk_act_response_attachment_id_attachment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_act_response'))
    )
    op.create_table('decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('votes_abstained', sa.Integer(), nullable=False),
    sa.Column('plan_version_id', sa.Integer(), nullable=True),
    sa.Column('act_id', sa.Integer(), nullable=True),
    sa.Column('membership_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['act_id'], ['act.id'], name=op.f('fk_decision_act_id_act')),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_decision_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_decision_membership_id_membership')),
    sa.ForeignKeyConstraint(['plan_version_id'], ['plan_version.id'], name=op.f('fk_decision_plan_version_id_plan_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    op.create_table('finding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('act_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('fact', 'evaluation', name='findingkind', native_enum=False, length=40), nullable=False),
    sa.Column('method', sa.Enum('document_review', 'key_informant_interview', 'focus_group', 'community_survey', 'citizen_report_card', 'observation', 'questionnaire', 'resident_messages', 'complaint_verification', 'event_observation', name='monitoringmethod', native_enum=False, length=40), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('evidence_attachment_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['act_id'], ['act.id'], name=op.f('fk_finding_act_id_act'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evidence_attachment_id'], ['attachment.id'], name=op.f('fk_finding_evidence_attachment_id_attachment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding'))
    )
    op.create_table('posting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('posted_on', sa.Date(), nullable=False),
    sa.Column('posted_by', sa.String(length=200), nullable=False),
    sa.Column('removed_on', sa.Date(), nullable=True),
    sa.Column('photo_attachment_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['board_id'], ['notice_board.id'], name=op.f('fk_posting_board_id_notice_board')),
    sa.ForeignKeyConstraint(['notice_id'], ['notice.id'], name=op.f('fk_posting_notice_id_notice'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['photo_attachment_id'], ['attachment.id'], name=op.f('fk_posting_photo_attachment_id_attachment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_posting'))
    )
    op.create_table('recommendation_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('open', 'accepted', 'in_progress', 'implemented', 'partly_implemented', 'rejected', 'not_considered', name='recommendationstatus', native_enum=False, length=40), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('follow_up_act_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['follow_up_act_id'], ['act.id'], name=op.f('fk_recommendation_note_follow_up_act_id_act')),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_recommendation_note_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation_note'))
    )
    op.create_table('recusal',
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_recusal_decision_id_decision'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_recusal_membership_id_membership')),
    sa.PrimaryKeyConstraint('decision_id', 'membership_id', name=op.f('pk_recusal'))
    )


def downgrade() -> None:
    op.drop_table('recusal')
    op.drop_table('recommendation_note')
    op.drop_table('posting')
    op.drop_table('finding')
    op.drop_table('decision')
    op.drop_table('act_response')
    op.drop_table('recommendation')
    op.drop_table('notice')
    op.drop_table('letter')
    op.drop_table('gathering_candidate')
    op.drop_table('attendance')
    op.drop_table('attachment')
    op.drop_table('agenda_item')
    op.drop_table('act_participant')
    op.drop_table('act_addressee')
    op.drop_table('plan_item_responsible')
    op.drop_table('plan_item_method')
    op.drop_table('meeting')
    op.drop_table('act')
    op.drop_table('plan_item')
    op.drop_table('conflict_declaration')
    op.drop_table('regulation_profile')
    op.drop_table('plan_version')
    op.drop_table('membership')
    op.drop_table('resolution')
    op.drop_table('person')
    op.drop_table('indicator_measurement')
    op.drop_table('formation_step')
    op.drop_table('village')
    op.drop_table('plan')
    op.drop_table('notice_board')
    op.drop_table('monitored_object')
    op.drop_table('indicator')
    op.drop_table('formation_process')
    op.drop_table('council_session')
    op.drop_table('municipality')
    op.drop_table('database_fact')
    op.drop_table('calendar_day')
    op.drop_table('audit_entry')
