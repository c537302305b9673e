from django.urls import path

from medialib import views

app_name = "medialib"

urlpatterns = [
    path("<int:pk>/<str:filename>", views.attachment, name="attachment"),
]
