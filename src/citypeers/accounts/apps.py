from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "citypeers.accounts"
    label = "accounts"
