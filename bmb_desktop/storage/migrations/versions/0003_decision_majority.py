"""decision majority

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 11:32:31.728020
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('regulation_profile', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decision_majority', sa.Enum('of_voting', 'of_present', 'of_all_members', name='decisionmajority', native_enum=False, length=40), server_default='of_voting', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('regulation_profile', schema=None) as batch_op:
        batch_op.drop_column('decision_majority')

