"""Plan: the aiyl okmotu's proposals with the group's answers, item lineage across versions,
and the day an indicator's baseline describes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 11:40:41.276996
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'plan_proposal',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('version_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('accepted', sa.Boolean(), nullable=True),
        sa.Column('answer', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ['version_id'], ['plan_version.id'],
            name=op.f('fk_plan_proposal_version_id_plan_version'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_proposal')),
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('baseline_on', sa.Date(), nullable=True))
    with op.batch_alter_table('plan_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_item_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_plan_item_source_item_id_plan_item'), 'plan_item', ['source_item_id'], ['id'],
            ondelete='SET NULL',
        )


def downgrade() -> None:
    with op.batch_alter_table('plan_item', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_plan_item_source_item_id_plan_item'), type_='foreignkey')
        batch_op.drop_column('source_item_id')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_column('baseline_on')
    op.drop_table('plan_proposal')
