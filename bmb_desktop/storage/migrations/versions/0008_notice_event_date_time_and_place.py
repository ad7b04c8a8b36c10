"""notice event date, time and place: the day of what a notice announces

The gathering, the first meeting, the start of a monitoring or the public presentation of the
summary report; the S2 posting deadline counts from the presentation. Existing notices keep no
event until the secretary enters one.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-21 12:05:31
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding columns needs no table rebuild, so triggers of other migrations are untouched.
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('event_time', sa.Time(), nullable=True))
        batch_op.add_column(sa.Column('event_place', sa.String(length=300), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_column('event_place')
        batch_op.drop_column('event_time')
        batch_op.drop_column('event_on')
