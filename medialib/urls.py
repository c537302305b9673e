from django.urls import path

from medialib import views

app_name = "medialib"

urlpatterns = [
    path("video/<int:pk>.mp4", views.video, name="video"),
    path("<int:pk>/<str:filename>", views.attachment, name="attachment"),
]
