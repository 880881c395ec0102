from django.urls import path

from citypeers.api.api import api

urlpatterns = [path("v1/", api.urls)]
