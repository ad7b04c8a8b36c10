"""residents' messages, survey results by social group and summary report drafts

The journal of residents' messages (P6) with the group's response, survey results giving the
satisfied share of each social group (000 §2.2, I3), and the secretary's conclusions and
proposals for each half-year or year report, kept between sittings (S1, S2).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-21 12:15:41
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('summary_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('half', sa.Integer(), nullable=True),
    sa.Column('conclusions', sa.Text(), nullable=False),
    sa.Column('proposals', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('presented_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_summary_report_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_summary_report'))
    )
    op.create_table('survey_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('surveyed_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('social_group', sa.Enum('women', 'youth', 'elderly', 'unemployed', 'persons_with_disabilities', name='socialgroup', native_enum=False, length=40), nullable=True),
    sa.Column('respondents', sa.Integer(), nullable=False),
    sa.Column('satisfied', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_survey_result_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_result'))
    )
    op.create_table('resident_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('whatsapp', 'phone', 'in_person', 'letter', name='residentchannel', native_enum=False, length=40), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=True),
    sa.Column('social_group', sa.Enum('women', 'youth', 'elderly', 'unemployed', 'persons_with_disabilities', name='socialgroup', native_enum=False, length=40), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('act_id', sa.Integer(), nullable=True),
    sa.Column('plan_item_id', sa.Integer(), nullable=True),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('responded_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['act_id'], ['act.id'], name=op.f('fk_resident_message_act_id_act'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_resident_message_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_item.id'], name=op.f('fk_resident_message_plan_item_id_plan_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_resident_message_village_id_village'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resident_message'))
    )


def downgrade() -> None:
    op.drop_table('resident_message')
    op.drop_table('survey_result')
    op.drop_table('summary_report')
