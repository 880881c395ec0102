from django.urls import path, re_path

from citypeers.api.api import api
from citypeers.api.protocol import unknown_address

urlpatterns = [path("v1/", api.urls), re_path(r"^v1/(?P<path>.*)$", unknown_address)]
