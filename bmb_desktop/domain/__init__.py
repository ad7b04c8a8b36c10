"""The Qt-free domain: vocabularies, rules and calculations of joint monitoring and evaluation."""
