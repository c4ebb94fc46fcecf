from django.urls import path

from tadamon.public import dashboard_views, event_views, open_data_views, order_views, product_views, views

app_name = "public"
urlpatterns = [
    path("", views.home, name="home"),
    path("organizations/", views.directory, name="directory"),
    path("organizations/<int:pk>/", views.organization, name="organization"),
    path("products/", product_views.product_list, name="products"),
    path("products/<int:pk>/", product_views.product_detail, name="product"),
    path("products/<int:pk>/qr.png", product_views.product_qr, name="product_qr"),
    path("products/<int:pk>/order/", order_views.order_create, name="order_create"),
    path("orders/", order_views.my_orders, name="my_orders"),
    path("orders/sent/", order_views.order_sent, name="order_sent"),
    path("orders/<str:token>/", order_views.order_page, name="order"),
    path("buyers/signup/", order_views.buyer_signup, name="buyer_signup"),
    path("buyers/activate/<str:uidb64>/<str:token>/", order_views.buyer_activate, name="buyer_activate"),
    path("events/", event_views.event_list, name="events"),
    path("events/calendar/", event_views.event_calendar, name="event_calendar"),
    path("events/<int:pk>/", event_views.event_detail, name="event"),
    path("events/<int:pk>/ticket/<str:token>/", event_views.event_ticket, name="event_ticket"),
    path("dashboard/", dashboard_views.dashboard, name="dashboard"),
    path("dashboard/report.<str:file_format>", dashboard_views.dashboard_report, name="dashboard_report"),
    path("dashboard/programmes/", dashboard_views.programme_list, name="programme_dashboards"),
    path("dashboard/programmes/<int:pk>/", dashboard_views.programme_dashboard, name="programme_dashboard"),
    path("open-data/", open_data_views.open_data_page, name="open_data"),
    path("open-data/indicators.csv", open_data_views.open_data_csv, name="open_data_csv"),
    path("open-data/pivot/", open_data_views.pivot_page, name="pivot"),
    path("open-data/pivot.<str:file_format>", open_data_views.pivot_file, name="pivot_file"),
    path("open-data/catalogue/", open_data_views.indicator_catalogue, name="indicator_catalogue"),
    path("certificates/", views.certificate_verify, name="certificate_verify"),
    path("certificates/<str:code>/", views.certificate, name="certificate"),
]
