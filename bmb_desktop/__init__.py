"""BMB Desktop: joint monitoring and evaluation (БМжБ) of local self-government, offline."""

__version__ = "0.1.0"
