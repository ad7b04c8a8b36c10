"""regulation preset and formation step details

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 11:24:28.003158
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('formation_step', schema=None) as batch_op:
        batch_op.add_column(sa.Column('not_applicable', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('note', sa.Text(), server_default='', nullable=False))

    with op.batch_alter_table('regulation_profile', schema=None) as batch_op:
        batch_op.add_column(sa.Column('preset', sa.String(length=20), server_default='model', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('regulation_profile', schema=None) as batch_op:
        batch_op.drop_column('preset')

    with op.batch_alter_table('formation_step', schema=None) as batch_op:
        batch_op.drop_column('note')
        batch_op.drop_column('not_applicable')

